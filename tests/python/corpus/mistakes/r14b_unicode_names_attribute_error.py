# Mistake: a method name misspelt on a line with accented identifiers and strings (markers after wide text).
class Café:
    def __init__(self, nom):
        self.nom = nom

    def décrire(self):
        return f'☕ {self.nom}'


café = Café('Éclair')
print(café.décrire())
print('→ résultat:', café.decrire())
