package org.greenmine.technology.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.greenmine.association.entity.Region;
import org.greenmine.platform.entity.InstantColumn;

/** A mine's need for a technology: what it mines, how, where, and the problem to solve. */
@Entity
@Table(name = "technology_need")
public class TechnologyNeed {
  @Id
  @SequenceGenerator(
      name = "technology_need_seq",
      sequenceName = "technology_need_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "technology_need_seq")
  private Long id;

  @Column(nullable = false)
  private String author;

  @Column(nullable = false)
  private String title;

  private String mineral;

  @Enumerated(EnumType.STRING)
  @Column(name = "mining_method", nullable = false)
  private MiningMethod miningMethod;

  @Enumerated(EnumType.STRING)
  private TechnologyCategory category;

  @ManyToOne
  @JoinColumn(name = "region_code")
  private Region region;

  @Column(nullable = false)
  private String problem;

  /** Shown to holders of matching technologies who are logged in. */
  private String contact;

  @Column(name = "created_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant createdAt;

  protected TechnologyNeed() {}

  public TechnologyNeed(
      String author,
      String title,
      String mineral,
      MiningMethod miningMethod,
      TechnologyCategory category,
      Region region,
      String problem,
      String contact) {
    this.author = author;
    this.title = title;
    this.mineral = mineral;
    this.miningMethod = miningMethod;
    this.category = category;
    this.region = region;
    this.problem = problem;
    this.contact = contact;
    this.createdAt = Instant.now();
  }

  public Long getId() {
    return id;
  }

  public String getAuthor() {
    return author;
  }

  public String getTitle() {
    return title;
  }

  public String getMineral() {
    return mineral;
  }

  public MiningMethod getMiningMethod() {
    return miningMethod;
  }

  public TechnologyCategory getCategory() {
    return category;
  }

  public Region getRegion() {
    return region;
  }

  public String getProblem() {
    return problem;
  }

  public String getContact() {
    return contact;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
