import Hummingbird
import NIOCore

/// Per request: where it came from (for the code's rate limit).
struct SessieContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let adres: String

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        adres = source.channel.remoteAddress?.ipAddress ?? "onbekend"
    }

    /// Bodies are small JSON; anything bigger is refused (413).
    var maxUploadSize: Int { Beveiliging.maxBody }
}
