/**
 * The typeface every run names, Latin and East Asian alike. Microsoft YaHei ships with Windows and
 * with Office for Mac, WPS substitutes it with its own CJK sans, and LibreOffice maps it through
 * fontconfig to the system's CJK sans (Noto Sans CJK on Debian); naming it in `<a:ea>` is what keeps
 * Mac PowerPoint and LibreOffice from drawing empty boxes.
 */
export const DECK_FONT = 'Microsoft YaHei';
/**
 * Slides measure text with Noto Sans SC; YaHei's Latin letters run a little wider, so sizes are
 * scaled down by this much to leave room.
 */
export const FONT_SLACK = 0.92;
