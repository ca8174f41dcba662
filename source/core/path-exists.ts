import {stat} from 'node:fs/promises';

/** The code of a file system error (`ENOENT`, `EACCES`…), if it has one. */
export function errorCode(error: unknown): string | undefined {
	return (error as NodeJS.ErrnoException | null)?.code;
}

/** Whether `file` exists: false only when it is known not to (ENOENT); any other failure to look is thrown. */
export async function pathExists(file: string): Promise<boolean> {
	try {
		await stat(file);
		return true;
	} catch (error) {
		if (errorCode(error) === 'ENOENT') return false;
		throw error;
	}
}
