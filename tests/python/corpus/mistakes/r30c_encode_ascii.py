# Encoding accented text as ASCII.
# (kept short on purpose: the mistake is the point)
city = "Zürich"
print(city.encode("utf-8"))
print(city.encode("ascii"))
