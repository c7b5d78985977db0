# Narrowing a set of matching article ids tag by tag with intersection_update, printing each step.
index = {
    "python": {5, 13, 21, 29, 37, 45},
    "async": {13, 5, 29, 53},
    "beginner": {29, 5, 61},
}
matches = set(index["python"])
print("python:", matches)
for tag in ("async", "beginner"):
    matches.intersection_update(index[tag])
    print(f"+{tag}:", matches)
alt = set(index["python"])
alt &= index["async"]
print("with &=:", alt)
alt.intersection_update([29, 13], {13, 29, 77})
print("two more:", alt)
print(sorted(matches), len(alt))
