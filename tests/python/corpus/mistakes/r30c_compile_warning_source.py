# A plugin compiled from text warns; which source line does the warning show?
import warnings
plugin = "import warnings\nwarnings.warn('plugin uses an old API')\n"
exec(compile(plugin, "plugin.py", "exec"), {})
print("plugin loaded")
