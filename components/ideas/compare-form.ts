/** The id of the list's compare form, which each row's checkbox names in its form attribute (a plain module: the server's rows read it too). */
export const COMPARE_FORM = 'compare-ideas';
