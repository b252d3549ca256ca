import { describe, expect, it } from 'vitest';
import { relationshipStages } from '../enums/vocabularies.js';
import { effectiveStage } from './effective-stage.js';

describe('effectiveStage', () => {
  it('lets a hand-set stage win over every derived stage', () => {
    for (const stage of relationshipStages) {
      for (const derived of relationshipStages) {
        expect(effectiveStage({ relationship: { stage, setByHand: true } }, derived)).toBe(stage);
        expect(effectiveStage({ relationship: { stage, setByHand: false } }, derived)).toBe(derived);
      }
      expect(effectiveStage({ relationship: { stage, setByHand: false } })).toBe(stage);
    }
  });
});
