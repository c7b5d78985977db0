# Chaining list.sort() and then indexing its result
scores = [42, 17, 99, 63]
ranked = scores.sort(reverse=True)
print("top score:", ranked[0])
# (a short program: the mistake is in the lines above)
