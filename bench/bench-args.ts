/** The command-line options the app benches share: `--sizes 1000,10000`, `--quick` (1,000 only), `--seed N`. */
export function argument(name: string): string | undefined {
	const index = process.argv.indexOf(name);
	return index === -1 ? undefined : process.argv[index + 1];
}

export const quick = process.argv.includes('--quick');
export const seed = Number(argument('--seed') ?? 1);
export const sizes = quick ? [1000] : (argument('--sizes') ?? '1000,10000').split(',').map(Number).filter(size => size > 0);
