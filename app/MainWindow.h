#pragma once

#include "storage/DatabaseUrl.h"

#include <QMainWindow>

#include <memory>

class Database;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Database> database, const DatabaseUrl &url,
               QWidget *parent = nullptr);
    ~MainWindow() override;

private:
    std::unique_ptr<Database> m_database;
};
