import Casus
import CasusOpslag
import Foundation
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// `casus sessie`: the live session, served from the workbench.
public struct SessieServer: Sendable {
    public var casus: String
    public var werkbank: any WerkbankOpslag
    public var poort: Int
    /// Listen on every interface (the room's network), not only 127.0.0.1.
    public var lan: Bool
    public var namenVoorDeelnemers: Bool

    public init(casus: String, werkbank: any WerkbankOpslag, poort: Int = 8080, lan: Bool = false,
                namenVoorDeelnemers: Bool = false) {
        self.casus = casus
        self.werkbank = werkbank
        self.poort = poort
        self.lan = lan
        self.namenVoorDeelnemers = namenVoorDeelnemers
    }

    /// Runs until SIGINT or SIGTERM. `meld` gets the two start-up lines of cli.md.
    public func draai(meld: @escaping @Sendable (String) -> Void) async throws {
        let kern = try SessieKern(casus: casus, werkbank: werkbank, namenVoorDeelnemers: namenVoorDeelnemers)
        let host = lan ? "0.0.0.0" : "127.0.0.1"
        let getoond = lan ? (Netwerk.lanAdres() ?? "127.0.0.1") : "127.0.0.1"
        var logger = Logger(label: "casus-sessie")
        logger.logLevel = .error
        let app = Application(
            router: Self.router(kern: kern, alleenLokaal: !lan),
            configuration: .init(address: .hostname(host, port: poort), serverName: "casus"),
            services: [Hartslag(stroom: kern.stroom)],
            onServerRunning: { kanaal in
                let echt = kanaal.localAddress?.port ?? poort
                meld("facilitator: http://\(getoond):\(echt)/?sleutel=\(kern.sleutel)")
                meld("deelnemers: http://\(getoond):\(echt)/doe-mee code: \(kern.code)")
            },
            logger: logger)
        try await app.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        kern.stroom.sluit()
    }

    static func router(kern: SessieKern, alleenLokaal: Bool) -> Router<SessieContext> {
        let router = Router(context: SessieContext.self)
        router.add(middleware: Beveiliging(alleenLokaal: alleenLokaal))
        ApiRoutes.voegToe(aan: router, kern: kern)
        StapRoutes.voegToe(aan: router, kern: kern)
        AfrondingRoutes.voegToe(aan: router, kern: kern)
        CorrectieRoutes.voegToe(aan: router, kern: kern)
        PaginaRoutes.voegToe(aan: router, kern: kern)
        return router
    }
}

/// Every 15 s a keep-alive on the event streams.
struct Hartslag: Service {
    let stroom: Stroom
    func run() async throws {
        // Cancelled (so the sleep ends at once) when the server stops.
        try? await cancelWhenGracefulShutdown {
            while true {
                try await Task.sleep(for: .seconds(15))
                stroom.ping()
            }
        }
    }
}
