extension Tijdlijn {
    /// Every id an annotation can hang on: the merged items and the derived regiewisselingen.
    public var itemIds: Set<String> {
        var ids = Set<String>()
        ids.formUnion(gezinsleden.map(\.id))
        ids.formUnion(netwerk.map(\.id))
        ids.formUnion(gebeurtenissen.map(\.id))
        ids.formUnion(interventies.map(\.id))
        ids.formUnion(kader.map(\.id))
        ids.formUnion(regie.map(\.id))
        ids.formUnion(regiewisselingen.map(\.id))
        return ids
    }
}
