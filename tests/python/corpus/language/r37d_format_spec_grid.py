# A grid of one number under many format specs, including n, e, g, %, b, o, x with # and grouping.
values = [0, 1234.5678, -0.000123, 1e21, 255]
specs = ["", "g", ".3g", "e", ".2e", "%", ".1%", ",", "_", "+.2f", " .1f", "010.2f", "<10", "^10", "=+10.1f", "#g", ".0f", ".0e"]
for v in values:
    cells = []
    for s in specs:
        try:
            cells.append(format(v, s))
        except ValueError as e:
            cells.append("ERR")
    print(" | ".join(cells))
for i in [255, -255, 0]:
    print(f"{i:b} {i:#b} {i:o} {i:#o} {i:x} {i:#X} {i:_x} {i:#010b} {i:c}" if i >= 0 else f"{i:b} {i:#x} {i:+d} {i: d}")
print(format(1234567, ",d"), format(1234567, "_d"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
print(format(float("nan"), "+f"), format(float("-inf"), "10.2f"), format(-0.0, "f"), format(-0.0, "z.1f") if False else "")
print(f"{12345.6789:,.2f} {0.000012345:.3e} {123456789:.2e} {3:03d} {-3:03d} {'ab':*>5} {True:d}")
for bad in ["d", ",s", "=s"]:
    try:
        print(format(3.5 if bad == "d" else "s", bad))
    except ValueError as e:
        print("ValueError:", e)
