// The LeafLink Trigger scenario lives in ../trigger.scenario.mjs (written with the trigger); included here.
export { default } from '../trigger.scenario.mjs';
