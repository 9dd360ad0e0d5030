import { describe, expect, it } from 'vitest';
import { gridMove } from './gridKeys';

describe('gridMove', () => {
  it('should move one item sideways and one row up or down in a grid of 4 columns', () => {
    expect(gridMove('ArrowRight', 0, 10, 4)).toBe(1);
    expect(gridMove('ArrowLeft', 5, 10, 4)).toBe(4);
    expect(gridMove('ArrowDown', 1, 10, 4)).toBe(5);
    expect(gridMove('ArrowUp', 5, 10, 4)).toBe(1);
    expect(gridMove('Home', 7, 10, 4)).toBe(0);
    expect(gridMove('End', 2, 10, 4)).toBe(9);
  });

  it('should keep the focus where it is at the edges and ignore other keys', () => {
    expect(gridMove('ArrowLeft', 0, 10, 4)).toBeNull();
    expect(gridMove('ArrowDown', 8, 10, 4)).toBeNull();
    expect(gridMove('ArrowRight', 9, 10, 4)).toBeNull();
    expect(gridMove('Enter', 3, 10, 4)).toBeNull();
  });
});
