# An if over several lines, comparing values of different types.
def eligible(user):
    if (
        user["age"] >= 18
        and user["country"] in ("fr", "de")
        and user["points"] > 100
    ):
        return True
    return False

print(eligible({"age": 20, "country": "fr", "points": 150}))
print(eligible({"age": 30, "country": "de", "points": "200"}))
