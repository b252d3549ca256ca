import { abcGrades, isLostCustomer, type GradeExplanation } from '@dossier/core';

/** Which way a customer moved: up or down the ABC grades; between RFM segments just `changed`. */
export type MoveDirection = 'up' | 'down' | 'changed' | 'stay';

/**
 * The direction of a move from one grade to another. ABC grades are ordered (A best); RFM
 * segments are not a ladder, so a move between them is `changed`.
 *
 * @example
 * moveDirection('C', 'A') // 'up'
 */
export function moveDirection(from: string, to: string): MoveDirection {
  if (from === to) return 'stay';
  const grades = abcGrades as readonly string[];
  const a = grades.indexOf(from);
  const b = grades.indexOf(to);
  if (a < 0 || b < 0) return 'changed';
  return b < a ? 'up' : 'down';
}

/** Whether a mover is lost (A or B before, no positive revenue now): core's `isLostCustomer`. */
export function moverLost(mover: { from: string; toExplanation: GradeExplanation }): boolean {
  return isLostCustomer(mover.from, mover.toExplanation);
}

/** The arrow drawn beside a direction (always with its word: never colour or arrow alone). */
export const arrows: Record<MoveDirection, string> = { up: '↑', down: '↓', changed: '↔', stay: '' };
