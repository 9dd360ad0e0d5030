/**
 * Where the focus goes in a grid of `count` items laid out in `columns` columns when a key is pressed:
 * arrows move one item or one row, Home and End go to the first and last item. Null for other keys, or
 * when the move would leave the grid (the focus stays).
 */
export function gridMove(key: string, index: number, count: number, columns: number): number | null {
  const cols = Math.max(1, columns);
  let next: number;
  switch (key) {
    case 'ArrowRight':
      next = index + 1;
      break;
    case 'ArrowLeft':
      next = index - 1;
      break;
    case 'ArrowDown':
      next = index + cols;
      break;
    case 'ArrowUp':
      next = index - cols;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = count - 1;
      break;
    default:
      return null;
  }
  return next >= 0 && next < count ? next : null;
}
