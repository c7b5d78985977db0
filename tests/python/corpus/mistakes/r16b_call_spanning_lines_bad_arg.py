# A call spread over several lines with one bad argument
def describe(name, age, city):
    return f"{name} ({age}) from {city}"

print(describe(
    "ada",
    int("thirty-six"),
    "London",
))
