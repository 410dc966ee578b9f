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

    /// Joined-away id → the id of the item it is now part of.
    public var aliassen: [String: String] {
        var kaart: [String: String] = [:]
        func neem<T>(_ items: [TijdlijnItem<T>]) { for i in items { for a in i.aliassen { kaart[a] = i.id } } }
        neem(gezinsleden); neem(netwerk); neem(gebeurtenissen); neem(interventies); neem(kader); neem(regie)
        return kaart
    }

    /// The id an annotation on `id` hangs on now, or nil when no item has it.
    public func huidigId(_ id: String) -> String? {
        itemIds.contains(id) ? id : aliassen[id]
    }
}
