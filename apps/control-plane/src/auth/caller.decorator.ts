// Kept so both import paths work: the decorator and the Caller type share one name.
export { Caller } from './caller';
