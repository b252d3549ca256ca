import { z } from 'zod';
import * as v from './vocabularies.js';

// zod enums built from the vocabulary arrays, so that a value is defined in exactly one place.
export const customerKindSchema = z.enum(v.customerKinds);
export const customerNatureSchema = z.enum(v.customerNatures);
export const relationshipStageSchema = z.enum(v.relationshipStages);
export const volumeClassSchema = z.enum(v.volumeClasses);
export const funnelStageSchema = z.enum(v.funnelStages);
export const leadIntentSchema = z.enum(v.leadIntents);
export const abcGradeSchema = z.enum(v.abcGrades);
export const gradingMethodSchema = z.enum(v.gradingMethods);
export const rfmSegmentSchema = z.enum(v.rfmSegments);
export const frequencyClassSchema = z.enum(v.frequencyClasses);
export const valueClassSchema = z.enum(v.valueClasses);
export const loyaltyClassSchema = z.enum(v.loyaltyClasses);
export const pointsTierSchema = z.enum(v.pointsTiers);
export const buyingRoleSchema = z.enum(v.buyingRoles);
export const contactLayerSchema = z.enum(v.contactLayers);
export const personalityTraitSchema = z.enum(v.personalityTraits);
export const communicationStyleSchema = z.enum(v.communicationStyles);
export const sensitivityLevelSchema = z.enum(v.sensitivityLevels);
export const informationLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
export const sourceChannelSchema = z.enum(v.sourceChannels);
export const interactionKindSchema = z.enum(v.interactionKinds);
export const opportunityStatusSchema = z.enum(v.opportunityStatuses);
export const operatingStatusSchema = z.enum(v.operatingStatuses);
export const creditRatingSchema = z.enum(v.creditRatings);
export const potentialLevelSchema = z.enum(v.potentialLevels);
