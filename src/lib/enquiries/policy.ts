/**
 * What the site tells buyers and asks of producers about answers: the producer is asked to answer
 * within this many working days. The buyer's confirmation and the producer's mail both say so.
 */
export const answerWithinWorkingDays = 2;
