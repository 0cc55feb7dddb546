// Renders a realistic ticket page for a few seconds and prints pages and bytes per second.
// Run with: swift run -c release --scratch-path .build-mustache MustacheBenchmark
import Mustache

let library = try MustacheLibrary(templates: BenchmarkPage.templates)
let page = try library.render("page", BenchmarkPage.context, strict: true)
let pageBytes = page.utf8.count
print("page: \(pageBytes) bytes, \(page.split(separator: "\n").count) lines")
if CommandLine.arguments.contains("--print") {
    print(page)
}

let clock = ContinuousClock()
// Warm up caches and the allocator before measuring.
let warmUpEnd = clock.now + .milliseconds(500)
while clock.now < warmUpEnd {
    _ = try library.render("page", BenchmarkPage.context, strict: true)
}

let duration = Duration.seconds(3)
var pages = 0
let start = clock.now
while clock.now - start < duration {
    for _ in 0..<100 {
        _ = try library.render("page", BenchmarkPage.context, strict: true)
    }
    pages += 100
}
let elapsed = clock.now - start
let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
let perSecond = Double(pages) / seconds
let megabytesPerSecond = (perSecond * Double(pageBytes) / 100_000).rounded() / 10
print("rendered \(pages) pages in \((seconds * 100).rounded() / 100) s")
print("\(Int(perSecond)) pages/s, \(megabytesPerSecond) MB/s (strict mode)")
