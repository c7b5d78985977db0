# Mistake: a Unicode identifier typed once with an accent and once without ("Did you mean" still finds it).
def prix_total(quantité, prix_unitaire):
    return quantite * prix_unitaire

print(prix_total(3, 2.5))
