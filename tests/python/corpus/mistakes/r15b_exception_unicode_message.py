# Mistake: an uncaught error whose message holds accents, guillemets and an emoji.
def check(name, age):
    if age < 0:
        raise ValueError(f"âge invalide pour «{name}» : {age} 🙁")
    return f"{name} a {age} ans"

print(check("Zoé", 12))
print(check("Léa", -3))
