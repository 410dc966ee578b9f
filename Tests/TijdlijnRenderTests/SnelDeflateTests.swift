import Casus
import CDeflate
import Foundation
import Testing
@testable import TijdlijnRender

@Suite("Eigen deflate voor de PNG")
struct SnelDeflateTests {
    /// Inflated by libdeflate, which refuses any malformed block, code or distance.
    func uitgepakt(_ stroom: [UInt8], lengte: Int) throws -> [UInt8] {
        let d = try #require(libdeflate_alloc_decompressor())
        defer { libdeflate_free_decompressor(d) }
        var uit = [UInt8](repeating: 0, count: lengte + 1)
        var gekregen = 0
        let status = uit.withUnsafeMutableBytes { u in
            stroom.withUnsafeBytes { s in
                libdeflate_deflate_decompress(d, s.baseAddress, s.count, u.baseAddress, u.count, &gekregen)
            }
        }
        try #require(status == LIBDEFLATE_SUCCESS, "libdeflate leest de stroom niet (\(status))")
        return Array(uit[..<gekregen])
    }

    /// `data` in `stukken` pieces, each compressed on its own, joined: one valid stream.
    func rondreis(_ data: [UInt8], stukken: Int = 1) throws {
        let snel = SnelDeflate()
        let grens = (0...stukken).map { data.count * $0 / stukken }
        var stroom: [UInt8] = []
        for i in 0..<stukken {
            stroom += data[grens[i]..<grens[i + 1]].withUnsafeBytes { snel.comprimeer($0, laatste: i == stukken - 1) }
        }
        #expect(try uitgepakt(stroom, lengte: data.count) == data)
    }

    /// Like filtered rows of a wall: long zero runs, repeated "glyphs", short noise, stripes.
    static func muurAchtig(_ n: Int, zaad: UInt64) -> [UInt8] {
        var g = SplitMix64(zaad: zaad)
        var uit: [UInt8] = []
        let glyphs = (0..<8).map { _ in (0..<Int(g.next() % 40 + 4)).map { _ in UInt8(truncatingIfNeeded: g.next()) } }
        while uit.count < n {
            switch g.next() % 5 {
            case 0: uit += [UInt8](repeating: 0, count: Int(g.next() % 5000))
            case 1: uit += glyphs[Int(g.next() % 8)]
            case 2: uit += (0..<Int(g.next() % 30)).map { _ in UInt8(truncatingIfNeeded: g.next()) }
            case 3: uit += Array(repeating: [UInt8(g.next() % 256), 7, 200], count: Int(g.next() % 300)).joined()
            default: uit += [UInt8](repeating: UInt8(g.next() % 256), count: Int(g.next() % 600))
            }
        }
        return Array(uit[..<n])
    }

    @Test(arguments: [0, 1, 2, 3, 4, 5, 258, 259, 1000])
    func kleineInvoer(_ n: Int) throws {
        try rondreis((0..<n).map { UInt8(truncatingIfNeeded: $0 * 7) })
        try rondreis([UInt8](repeating: 0, count: n))
    }

    @Test func langeNullenEnEenVolleBlokGrens() throws {
        // More than one block of distance-1 symbols (32,768 × 258 bytes).
        try rondreis([UInt8](repeating: 0, count: 9_000_000) + [1, 2, 3] + [UInt8](repeating: 0, count: 1000))
    }

    @Test func willekeurigeBytesWordenOpgeslagen() throws {
        var g = SplitMix64(zaad: 18)
        let data = (0..<200_000).map { _ in UInt8.random(in: 0...255, using: &g) }
        try rondreis(data)
        let stroom = data.withUnsafeBytes { SnelDeflate().comprimeer($0, laatste: true) }
        #expect(stroom.count <= data.count + data.count / 1000 + 64, "niet comprimeerbaar: opgeslagen, niet groter")
    }

    @Test(arguments: [1, 2, 7])
    func muurAchtigeDataInStukken(_ stukken: Int) throws {
        for zaad in 1...4 as ClosedRange<UInt64> {
            try rondreis(Self.muurAchtig(400_000, zaad: zaad), stukken: stukken)
        }
    }

    @Test func scheveTellingenBlijvenBinnenVijftienBits() {
        // Fibonacci counts give the deepest Huffman tree: without the limit it would be 29 deep.
        var fib: [UInt32] = [1, 1]
        while fib.count < 30 { fib.append(fib[fib.count - 1] + fib[fib.count - 2]) }
        let l = HuffmanCode.lengtes(fib + [0, 0, 5], max: 15)
        let langste = Int(l.max() ?? 0)
        #expect(langste <= 15)
        #expect(l[30] == 0 && l[31] == 0 && l[32] > 0)
        // Kraft: a complete code sums to exactly 1 (in units of 2^-15).
        let kraft: Int = l.filter { $0 > 0 }.map { 1 << (15 - Int($0)) }.reduce(0, +)
        #expect(kraft == 1 << 15)
    }
}
