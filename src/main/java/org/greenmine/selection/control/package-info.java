/**
 * The rules of the excellent-mine selection as plain Java: credit codes, criteria trees,
 * eligibility, conflicts of interest, panel assignment, score and approval tallies, advancement,
 * and the hashes that make a round's setup, its ballots and its audit trail checkable.
 */
package org.greenmine.selection.control;
