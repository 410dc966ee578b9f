/// Placeholder until the YAML template is generated from `FormatIndeling`.
public enum FormatSjabloonYAML {
    public static let tekst = ""
}
