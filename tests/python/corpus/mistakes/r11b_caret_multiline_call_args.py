# A call written over several lines, one of its arguments failing.
def describe(name, age, hobbies, score):
    return f"{name} ({age}) likes {', '.join(hobbies)}: {score:.1f}"

person = {"name": "dana", "age": 29, "hobbies": ["chess", "running"]}
print(
    describe(
        person["name"],
        person["age"],
        person["hobbies"],
        person["score"],
    )
)
