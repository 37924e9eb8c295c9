"""The windows: PySide6 widgets over the services; the only package that imports QtWidgets."""
