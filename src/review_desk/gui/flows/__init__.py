"""User actions of the desk, one class per action, kept out of the main window (which holds the
widgets): each flow checks what it needs, runs the core in the background and shows the result."""
