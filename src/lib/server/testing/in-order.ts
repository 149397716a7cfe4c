/** Maps items one after the other (each awaited before the next starts), keeping their order. */
export async function inOrder<T, R>(
	items: readonly T[],
	each: (item: T, index: number) => Promise<R>
): Promise<R[]> {
	const results: R[] = [];
	for (const [index, item] of items.entries()) results.push(await each(item, index));
	return results;
}
