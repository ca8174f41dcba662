/**
 * The one colour ficread uses (for warnings), or none under NO_COLOR
 * (https://no-color.org: set and not empty). Everything else is drawn with
 * bold, dim, underline and inverse, which read the same without colour.
 */
export const warningColor: string | undefined = process.env['NO_COLOR'] ? undefined : 'yellow';
