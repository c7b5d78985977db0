# Mistake: a key typed with a combining accent is not the same str as the precomposed one.
prices = {"café": 2.5, "thé": 2.0}
order = ["thé", "cafe\u0301"]
for item in order:
    print(item, len(item), prices[item])
