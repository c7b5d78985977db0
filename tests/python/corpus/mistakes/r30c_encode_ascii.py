# Encoding accented text as ASCII.
city = "Zürich"
print(city.encode("utf-8"))
print(city.encode("ascii"))
