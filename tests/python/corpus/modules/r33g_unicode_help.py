# A French-speaking course's tool: accented help texts wrap like any others
import argparse

p = argparse.ArgumentParser(prog="météo", description=(
    "Affiche la météo prévue pour une ville donnée, avec les températures en degrés "
    "Celsius et la probabilité de précipitations — données fictives, évidemment."))
p.add_argument("ville", help="nom de la ville (par exemple « Orléans » ou « Besançon »)")
p.add_argument("--unité", dest="unite", choices=["°C", "°F"], default="°C",
               help="unité des températures affichées à l’écran")
p.add_argument("--jours", type=int, default=3, help="nombre de jours à prévoir")
p.print_help()
a = p.parse_args(["Orléans", "--unité", "°F"])
print(a.ville, a.unite, a.jours)
p.parse_args(["Nîmes", "--jours", "trois"])
