# A traceback for an error inside a call written over several lines, and in a method chain
def make_label(name, count, unit):
    return name.strip().title() + ": " + count + " " + unit


labels = [
    make_label("  apples ", "3", "kg"),
    make_label(
        "pears",
        4,
        "kg",
    ),
]
print(labels)
