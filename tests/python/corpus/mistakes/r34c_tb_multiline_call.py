# A long call split over several lines fails in the middle argument
def make_report(title, rows, width):
    return f"{title:^{width}}\n" + "\n".join(rows)

data = {"north": 10, "south": 7}
report = make_report(
    "Sales",
    [f"{k}: {v}" for k, v in data.items()],
    int(data["east"]),
)
print(report)
