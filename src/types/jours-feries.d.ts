declare module '@socialgouv/jours-feries' {
  /** French public holidays of a year, by name (local-time dates); `alsace` adds Good Friday and 26 December. */
  export default function joursFeries(year: number, options?: { alsace?: boolean }): Record<string, Date>;
}
