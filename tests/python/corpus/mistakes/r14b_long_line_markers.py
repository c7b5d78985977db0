# Mistake: a long line of arithmetic on a report where one field is a string (markers under a long line).
report = {'apples': 12, 'pears': 7, 'plums': '5', 'cherries': 40, 'grapes': 18, 'figs': 3}
print('fruit kinds:', len(report))
total_fruit_in_store_this_week = report['apples'] + report['pears'] + report['cherries'] + report['grapes'] + report['plums'] + report['figs']
print(total_fruit_in_store_this_week)
