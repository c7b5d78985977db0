# Nested dicts and lists: a small school database, walked, updated and summed.
school = {
    "classes": {
        "math": {"teacher": "Ms. Ortiz", "students": ["ana", "ben", "cai"], "scores": [90, 75, 82]},
        "art": {"teacher": "Mr. Holm", "students": ["ben", "dee"], "scores": [88, 93]},
    },
    "year": 2024,
}
for name, info in school["classes"].items():
    avg = sum(info["scores"]) / len(info["scores"])
    print(f"{name}: {info['teacher']}, {len(info['students'])} students, avg {avg:.1f}")
school["classes"]["math"]["students"].append("eve")
school["classes"]["math"]["scores"].append(100)
everyone = sorted({s for c in school["classes"].values() for s in c["students"]})
print(everyone)
best = max(((c, s, sc) for c, i in school["classes"].items() for s, sc in zip(i["students"], i["scores"])), key=lambda t: t[2])
print("best:", best)
print(school["classes"].get("music", {}).get("teacher", "none"))
import copy
shallow = dict(school)
deep = copy.deepcopy(school)
school["classes"]["art"]["students"].append("fay")
print(shallow["classes"]["art"]["students"], deep["classes"]["art"]["students"])
print(school)
