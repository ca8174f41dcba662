import type {Plugin} from 'esbuild';
import type {Patch} from './package-patches.js';

export type StandIn = {inject?: string[]; define?: Record<string, string>; patches?: Patch[]; plugin?: Plugin; check?(text: string): void; fix?: boolean};
export const standIns: Record<string, StandIn>;
export const speedStandIns: string[];
export function standInOptions(names: string[]): {inject: string[]; define: Record<string, string>; plugins: Plugin[]; check(text: string): void};
