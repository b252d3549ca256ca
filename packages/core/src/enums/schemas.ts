import * as z from 'zod/mini';
import * as v from './vocabularies.js';

// zod enums built from the vocabulary arrays, so that a value is defined in exactly one place.
/**
 * zod enum of `customerKinds`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * customerKindSchema.parse(customerKinds[0])
 */
export const customerKindSchema = z.enum(v.customerKinds);
/**
 * zod enum of `customerNatures`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * customerNatureSchema.parse(customerNatures[0])
 */
export const customerNatureSchema = z.enum(v.customerNatures);
/**
 * zod enum of `relationshipStages`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * relationshipStageSchema.parse(relationshipStages[0])
 */
export const relationshipStageSchema = z.enum(v.relationshipStages);
/**
 * zod enum of `volumeClasses`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * volumeClassSchema.parse(volumeClasses[0])
 */
export const volumeClassSchema = z.enum(v.volumeClasses);
/**
 * zod enum of `funnelStages`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * funnelStageSchema.parse(funnelStages[0])
 */
export const funnelStageSchema = z.enum(v.funnelStages);
/**
 * zod enum of `leadIntents`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * leadIntentSchema.parse(leadIntents[0])
 */
export const leadIntentSchema = z.enum(v.leadIntents);
/**
 * zod enum of `abcGrades`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * abcGradeSchema.parse(abcGrades[0])
 */
export const abcGradeSchema = z.enum(v.abcGrades);
/**
 * zod enum of `gradingMethods`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * gradingMethodSchema.parse(gradingMethods[0])
 */
export const gradingMethodSchema = z.enum(v.gradingMethods);
/**
 * zod enum of `rfmSegments`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * rfmSegmentSchema.parse(rfmSegments[0])
 */
export const rfmSegmentSchema = z.enum(v.rfmSegments);
/**
 * zod enum of `frequencyClasses`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * frequencyClassSchema.parse(frequencyClasses[0])
 */
export const frequencyClassSchema = z.enum(v.frequencyClasses);
/**
 * zod enum of `valueClasses`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * valueClassSchema.parse(valueClasses[0])
 */
export const valueClassSchema = z.enum(v.valueClasses);
/**
 * zod enum of `loyaltyClasses`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * loyaltyClassSchema.parse(loyaltyClasses[0])
 */
export const loyaltyClassSchema = z.enum(v.loyaltyClasses);
/**
 * zod enum of `pointsTiers`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * pointsTierSchema.parse(pointsTiers[0])
 */
export const pointsTierSchema = z.enum(v.pointsTiers);
/**
 * zod enum of `buyingRoles`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * buyingRoleSchema.parse(buyingRoles[0])
 */
export const buyingRoleSchema = z.enum(v.buyingRoles);
/**
 * zod enum of `contactLayers`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * contactLayerSchema.parse(contactLayers[0])
 */
export const contactLayerSchema = z.enum(v.contactLayers);
/**
 * zod enum of `personalityTraits`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * personalityTraitSchema.parse(personalityTraits[0])
 */
export const personalityTraitSchema = z.enum(v.personalityTraits);
/**
 * zod enum of `communicationStyles`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * communicationStyleSchema.parse(communicationStyles[0])
 */
export const communicationStyleSchema = z.enum(v.communicationStyles);
/**
 * zod enum of `sensitivityLevels`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * sensitivityLevelSchema.parse(sensitivityLevels[0])
 */
export const sensitivityLevelSchema = z.enum(v.sensitivityLevels);
/**
 * An information level 1, 2 or 3 (`informationLevels`), a number rather than a string.
 *
 * @example
 * informationLevelSchema.parse(2) // 2
 */
export const informationLevelSchema = z.union([z.literal(1), z.literal(2), z.literal(3)]);
/**
 * zod enum of `sourceChannels`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * sourceChannelSchema.parse(sourceChannels[0])
 */
export const sourceChannelSchema = z.enum(v.sourceChannels);
/**
 * zod enum of `interactionKinds`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * interactionKindSchema.parse(interactionKinds[0])
 */
export const interactionKindSchema = z.enum(v.interactionKinds);
/**
 * zod enum of `opportunityStatuses`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * opportunityStatusSchema.parse(opportunityStatuses[0])
 */
export const opportunityStatusSchema = z.enum(v.opportunityStatuses);
/**
 * zod enum of `operatingStatuses`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * operatingStatusSchema.parse(operatingStatuses[0])
 */
export const operatingStatusSchema = z.enum(v.operatingStatuses);
/**
 * zod enum of `creditRatings`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * creditRatingSchema.parse(creditRatings[0])
 */
export const creditRatingSchema = z.enum(v.creditRatings);
/**
 * zod enum of `potentialLevels`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * potentialLevelSchema.parse(potentialLevels[0])
 */
export const potentialLevelSchema = z.enum(v.potentialLevels);
/**
 * zod enum of `taskKinds`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * taskKindSchema.parse(taskKinds[0])
 */
export const taskKindSchema = z.enum(v.taskKinds);
/**
 * zod enum of `taskStatuses`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * taskStatusSchema.parse(taskStatuses[0])
 */
export const taskStatusSchema = z.enum(v.taskStatuses);
/**
 * zod enum of `taskOrigins`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * taskOriginSchema.parse(taskOrigins[0])
 */
export const taskOriginSchema = z.enum(v.taskOrigins);
/**
 * zod enum of `serviceCaseKinds`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * serviceCaseKindSchema.parse(serviceCaseKinds[0])
 */
export const serviceCaseKindSchema = z.enum(v.serviceCaseKinds);
/**
 * zod enum of `serviceChannels`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * serviceChannelSchema.parse(serviceChannels[0])
 */
export const serviceChannelSchema = z.enum(v.serviceChannels);
/**
 * zod enum of `serviceSeverities`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * serviceSeveritySchema.parse(serviceSeverities[0])
 */
export const serviceSeveritySchema = z.enum(v.serviceSeverities);
/**
 * zod enum of `serviceCaseStatuses`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * serviceCaseStatusSchema.parse(serviceCaseStatuses[0])
 */
export const serviceCaseStatusSchema = z.enum(v.serviceCaseStatuses);
/**
 * zod enum of `contractKinds`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * contractKindSchema.parse(contractKinds[0])
 */
export const contractKindSchema = z.enum(v.contractKinds);
/**
 * zod enum of `contractRenewals`: parses one of its values, with the allowed values in the issue otherwise.
 *
 * @example
 * contractRenewalSchema.parse(contractRenewals[0])
 */
export const contractRenewalSchema = z.enum(v.contractRenewals);
