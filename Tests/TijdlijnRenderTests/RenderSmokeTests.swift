import Testing
@testable import TijdlijnRender
