# An uncaught error inside a call spread over several lines, to see where the traceback points.
def build_report(title, rows, width):
    return f"{title:^{width}}\n" + "\n".join(
        f"{name:<10}{value:>{width - 10}.2f}" for name, value in rows
    )

def average(values):
    return sum(values) / len(values)

data = {"north": [1, 2, 3], "south": [], "east": [4.5]}
rows = [
    (region,
     average(values))
    for region, values in data.items()
    if region != "south" or print("south has", len(values), "values") is None
]
print(build_report("Regions", rows, 24))
