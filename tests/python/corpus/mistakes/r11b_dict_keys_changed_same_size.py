# Renaming keys while iterating: the size stays the same, the keys do not.
settings = {"Host": "x", "Port": 80}
try:
    for k in settings:
        settings[k.lower()] = settings.pop(k)
except RuntimeError as e:
    print("RuntimeError:", e)
print(settings)
counts = {"a": 1, "b": 2}
for k, v in counts.items():
    if v == 1:
        counts["c"] = 3
print(counts)
