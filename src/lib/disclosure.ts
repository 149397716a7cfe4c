/**
 * Attributes that open a `<details>` when `open` is true: spread them on the element
 * (`<details {...openWhen(cond)}>`). Written as `open={cond}`, hydration would set
 * `details.open = false` and close a disclosure a visitor tapped open before the scripts arrived;
 * a spread only ever adds the attribute.
 */
export function openWhen(open: boolean): { open?: true } {
	return open ? { open: true } : {};
}
