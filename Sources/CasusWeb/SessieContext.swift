import Hummingbird
import Logging
import NIOCore

/// Per request: where it came from (for the code's rate limit).
struct SessieContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let adres: String

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        adres = source.channel.remoteAddress?.ipAddress ?? "onbekend"
    }

    /// Without a network connection (tests call the router directly).
    init(adres: String, logger: Logger) {
        struct Bron: RequestContextSource { var logger: Logger }
        coreContext = .init(source: Bron(logger: logger))
        self.adres = adres
    }

    /// Bodies are small JSON; anything bigger is refused (413).
    var maxUploadSize: Int { Beveiliging.maxBody }
}
