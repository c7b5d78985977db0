# An error in one argument of a call spread over lines.
def describe(name, size, ratio, label):
    return f"{name}: {size} ({ratio:.1%}) {label}"

data = {"name": "report.txt", "size": 1200, "used": 300}
print(describe(
    data["name"],
    data["size"],
    data["used"] / data["limit"],
    "ok",
))
